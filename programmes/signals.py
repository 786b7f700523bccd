"""Programme items remember the title of their model, so it survives unpublishing and deletion."""

from django.dispatch import receiver
from wagtail.signals import page_published

from programmes.models import ProgrammeItem


@receiver(page_published)
def refresh_item_titles(sender, instance, **kwargs):
    ProgrammeItem.objects.filter(page_id=instance.pk).exclude(page_title=instance.title).update(
        page_title=instance.title[:255]
    )
